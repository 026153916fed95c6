// ESLint: typescript-eslint's recommended rules, plus the Office add-in rules of
// eslint-plugin-office-addins (load before read, sync after load, no context.sync() in loops).
// Formatting is prettier's job (`npm run lint` runs both).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddinsPlugin from "eslint-plugin-office-addins";

const officeAddins = officeAddinsPlugin.default ?? officeAddinsPlugin;

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    // The Office.js rules read any `x.getCell()`-like chain as Office.js, so they apply only where
    // Office.js is used: the task pane, the ribbon commands and the Office.js workbook adapter.
    files: ["src/taskpane/**/*.ts", "src/commands/**/*.ts", "src/workbook/office*.ts", "test/**/office*.ts"],
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
    rules: { "@typescript-eslint/no-require-imports": "off" },
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
