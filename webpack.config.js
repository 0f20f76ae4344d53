/* Build of the add-in: task pane, custom functions (shared runtime), metadata in two languages, manifest. */
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localize-metadata");

const DEV_URL = "https://localhost:3000/";

/** The hosting URL, always ending in "/", from `--env url=https://host/path/`. */
function hostingUrl(env) {
  const url = (env && env.url) || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`--env url must be an https:// URL (got ${url})`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The `sandan` command line: the same core, bundled for Node. */
function cliConfig(production) {
  return {
    name: "cli",
    target: "node20",
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: { sandan: "./src/cli/main.ts" },
    output: { path: path.resolve(__dirname, "dist", "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    externals: { exceljs: "commonjs exceljs", hyperformula: "commonjs hyperformula" },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.cli.json", instance: "cli" } } }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

module.exports = (env, argv) => {
  const url = hostingUrl(env);
  const production = argv.mode !== "development";
  return [addinConfig(url, production), cliConfig(production)];
};

function addinConfig(url, production) {
  return {
    name: "addin",
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy allows no eval.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      workbench: "./src/workbench/workbench.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Keep dist/cli/, which the command-line build writes.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin({ namespace: "SANDAN" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
  };
}
