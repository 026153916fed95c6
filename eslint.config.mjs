// ESLint: typescript-eslint's recommended rules with the type-aware rules that catch lost promises,
// the Office add-in rules of eslint-plugin-office-addins (load before read, sync after load, no
// context.sync() in loops), and the layering of the code (README, "Architecture"):
//   src/core      the council's rules: imports nothing of the shell, of Node or of the browser;
//   src/workbook/office  the Office.js adapter: imported only by itself and by the task pane's
//                 start-up (src/taskpane/taskpane.ts), which makes the Excel port.
// Formatting is prettier's job (`npm run lint` runs both).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddinsPlugin from "eslint-plugin-office-addins";
import importX, { createNodeResolver } from "eslint-plugin-import-x";

const officeAddins = officeAddinsPlugin.default ?? officeAddinsPlugin;

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: {
        // the probe file is linted as text by test/lint/layers.test.ts; it never exists on disk
        projectService: { allowDefaultProject: ["src/core/lint-probe.ts", "src/jobs/lint-probe.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "@typescript-eslint/await-thenable": "error",
      eqeqeq: ["error", "always"],
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["src/**/*.ts"],
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })] },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              // the engine is pure: nothing of the shell
              target: "./src/core",
              from: [
                "./src/i18n",
                "./src/workbook",
                "./src/jobs",
                "./src/taskpane",
                "./src/commands",
                "./src/cli",
                "./src/boot",
              ],
              message: "src/core is the council's rules only: it may not import the shell.",
            },
            {
              // the Office.js adapter stays behind the WorkbookPort: only the pane's start-up makes it
              target: [
                "./src/core",
                "./src/i18n",
                "./src/jobs",
                "./src/cli",
                "./src/commands",
                "./src/workbook/exceljs",
                "./src/workbook/layout",
                "./src/workbook/template",
                "./src/workbook/*.ts",
                "./src/taskpane/steps",
                "./src/taskpane/!(taskpane).ts",
              ],
              from: "./src/workbook/office",
              message:
                "Only the task pane's start-up (src/taskpane/taskpane.ts) may import the Office.js adapter.",
            },
          ],
        },
      ],
    },
  },
  {
    // The engine runs the same everywhere: no Node, no file format, no page, no Office.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "src/core does no I/O: no Node modules." },
            {
              group: ["exceljs", "papaparse", "@microsoft/office-js"],
              message: "src/core reads no file format.",
            },
          ],
          paths: ["fs", "path", "os", "child_process", "crypto", "util"].map((name) => ({
            name,
            message: "src/core does no I/O: no Node modules.",
          })),
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "Office", "Excel", "process", "require"].map((name) => ({
          name,
          message: "src/core runs the same everywhere: no page, no Office, no Node.",
        })),
      ],
    },
  },
  {
    // The Office.js rules read any `x.getCell()`-like chain as Office.js, so they apply only where
    // Office.js is used: the task pane, the ribbon commands and the Office.js workbook adapter.
    files: [
      "src/taskpane/**/*.ts",
      "src/commands/**/*.ts",
      "src/workbook/office/**/*.ts",
      "test/**/office*.ts",
      "test/workbook/office/**/*.ts",
    ],
    plugins: { "office-addins": { rules: officeAddins.rules } },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The first script of every page: ECMAScript 5 in a browser (Internet Explorer 11 must parse it).
    files: ["src/boot/**/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    files: ["test/setup/**/*.js"],
    languageOptions: { globals: { jest: "readonly" } },
  },
);
