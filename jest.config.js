/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  {
    // Tests run as CommonJS in Node; the build uses ES modules through webpack.
    tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true, sourceMap: true },
    diagnostics: false,
  },
];

const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": tsJest },
  moduleFileExtensions: ["ts", "js", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      // 60 s a test: sized for a loaded 2-core CI machine (test/setup/unit-timeout.js)
      setupFilesAfterEnv: ["<rootDir>/test/setup/unit-timeout.js"],
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/test/browser/", "/test/build/", "\\.e2e\\.test\\.ts$"],
    },
    {
      ...common,
      // Slower: these build dist/ (once, when stale) and drive Debian's Chromium.
      displayName: "e2e",
      // 300 s a test: builds, Chromium, LibreOffice on a loaded 2-core machine (test/setup/e2e-timeout.js)
      setupFilesAfterEnv: ["<rootDir>/test/setup/e2e-timeout.js"],
      testMatch: [
        "<rootDir>/test/browser/**/*.test.ts",
        "<rootDir>/test/build/**/*.test.ts",
        "<rootDir>/test/**/*.e2e.test.ts",
      ],
      globalSetup: "<rootDir>/test/browser/global-setup.js",
    },
  ],
};
