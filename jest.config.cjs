/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.node.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  // jest 29's resolver does not expand wildcard "exports" entries such as chrono-node's "./*".
  moduleNameMapper: {
    // src/core/text/chrono.ts reaches chrono's own modules through a tsconfig path alias.
    "^chrono-node-dist/(.*)$": "<rootDir>/node_modules/chrono-node/dist/cjs/$1",
    "^chrono-node/(\\w+)$": "<rootDir>/node_modules/chrono-node/dist/cjs/locales/$1/index.js",
  },
};
