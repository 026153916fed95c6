// Bundles the fake office.js for the browser tests (see fake-office.ts); not part of the product.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.resolve(__dirname, "fake-office.ts"),
  output: {
    path: path.resolve(__dirname, "..", "..", "test-results", "fake-office"),
    filename: "fake-office.js",
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: "ts-loader",
        options: {
          transpileOnly: true,
          configFile: path.resolve(__dirname, "..", "..", "tsconfig.json"),
          compilerOptions: { noEmit: false },
        },
      },
    ],
  },
};
