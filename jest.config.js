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
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/test/browser/", "/test/build/", "\\.e2e\\.test\\.ts$"],
    },
    {
      ...common,
      // Slower: these build dist/ (once, when stale) and drive Debian's Chromium.
      displayName: "e2e",
      testMatch: [
        "<rootDir>/test/browser/**/*.test.ts",
        "<rootDir>/test/build/**/*.test.ts",
        "<rootDir>/test/**/*.e2e.test.ts",
      ],
      globalSetup: "<rootDir>/test/browser/global-setup.js",
    },
  ],
};
