// Webpack configuration in the layout of the official Office add-in (Yeoman TaskPane) template.
//
// Build variables (environment):
//   ADDIN_URL  the deployment URL that replaces https://localhost:3000/ in the built manifest,
//              e.g. ADDIN_URL=https://thidua.ldld.laichau.vn/addin/ npm run build
//   OFFICE_JS  "local" (default): office.js is served from this add-in (copied from
//              @microsoft/office-js, so an intranet needs no CDN); "cdn": Microsoft's CDN copy
//              (required for an AppSource listing).
const path = require("path");
const fs = require("fs");
const os = require("os");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const pkg = require("./package.json");

const urlDev = "https://localhost:3000/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function deploymentUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return urlDev;
  if (!/^https:\/\/[^\s"'<>]+\/$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// URL ending with "/", got: ${url}`);
  }
  return url;
}

function officeJsMode() {
  const mode = process.env.OFFICE_JS || "local";
  if (mode !== "local" && mode !== "cdn") throw new Error(`OFFICE_JS must be "local" or "cdn", got: ${mode}`);
  return mode;
}

/** The Content-Security-Policy of every page: no inline script, no eval. */
function contentSecurityPolicy(cdn) {
  const officeHosts = cdn ? " https://appsforoffice.microsoft.com" : "";
  return [
    "default-src 'self'",
    `script-src 'self'${officeHosts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${officeHosts}`,
    "frame-src 'self' https://*.officeapps.live.com https://*.office.com https://*.microsoft.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function httpsOptions() {
  // office-addin-dev-certs makes a CA and a localhost certificate; where it cannot add the CA to
  // the system store (no admin rights), it still leaves the files in ~/.office-addin-dev-certs.
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    if (fs.existsSync(path.join(dir, "localhost.crt"))) {
      return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
    }
    throw new Error(
      `No development certificate: run "npx office-addin-dev-certs install" first (${error.message})`,
    );
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const urlProd = deploymentUrl();
  const cdn = officeJsMode() === "cdn";
  const officeJs = cdn ? officeJsCdn : "office-js/office.js";
  const htmlOptions = { officeJs, csp: contentSecurityPolicy(cdn) };

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // ES5, copied as written (it must parse in Internet Explorer 11): see src/boot/boot.js
    { from: "src/boot/boot.js", to: "boot.js", info: { minimized: true } },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
      },
    },
  ];
  if (!cdn) {
    // The whole folder, unrenamed and unminified: office.js loads its companions from beside it.
    copyPatterns.push({
      from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
      to: "office-js",
      info: { minimized: true },
    });
  }

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // exceljs and papaparse: a chunk loaded only when a file is opened
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".html"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ APP_VERSION: JSON.stringify(pkg.version) }),
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        ...htmlOptions,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        ...htmlOptions,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        inject: false,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
