/**
 * Entry point of the `thidua` command (see ./main.ts). A closed stdout (`thidua run … | head -1`)
 * does not stop the run: the files are still written, and the command ends with exit 2 saying the
 * printed output was cut. An unexpected failure ends with a message in Vietnamese and English
 * (exit 2), never a stack trace.
 */
import { message } from "./messages";
import { main } from "./main";

let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") stdoutClosed = true;
  else throw error;
});
const lang = process.argv.includes("--lang=en") || process.argv.join(" ").includes("--lang en") ? "en" : "vi";

main(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text + "\n");
  },
  stderr: (text) => process.stderr.write(text + "\n"),
}).then(
  (code) => {
    if (stdoutClosed) {
      process.stderr.write(message(lang, "cli.stdoutClosed") + "\n");
      process.exitCode = 2;
    } else process.exitCode = code;
  },
  () => {
    // main answers every failure itself; this is the last resort of the last resort
    process.stderr.write(`${message("vi", "cli.lastResort")}\n${message("en", "cli.lastResort")}\n`);
    process.exitCode = 2;
  },
);
