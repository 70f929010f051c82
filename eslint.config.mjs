import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "coverage/", ".cache/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The core runs in Apps Script and Node alike: it may not reach for either platform.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "**/gas/**", "**/cli/**", "**/ui/**", "exceljs", "compromise"] },
      ],
      "no-restricted-globals": ["error", "process", "require", "window", "document", "console"],
    },
  },
  {
    // Node-only tools never enter the Apps Script bundle.
    files: ["src/gas/**/*.ts", "src/main.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "**/cli/**", "exceljs", "compromise", "playwright-core"] },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "scripts/**", "tests/**"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
);
