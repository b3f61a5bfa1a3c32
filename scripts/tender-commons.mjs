#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Tender Commons contributors
// SPDX-License-Identifier: EUPL-1.2

// Entry point of the `tender-commons` command (package.json "bin"). The tool is written in
// TypeScript: register tsx's loaders, then hand over to scripts/cli/main.ts.
//
// package.json has no "type", so tsx compiles our .ts files as CommonJS, as it does under
// `tsx file.ts`: the CommonJS hook lets main.ts require its own imports (../project-root, …), and
// the namespaced ESM import hands main.ts's named exports back to this ES module.
import { register as registerCommonJs } from "tsx/cjs/api";
import { register } from "tsx/esm/api";

registerCommonJs();
const tsx = register({ namespace: "tender-commons-cli" });
const { main } = await tsx.import("./cli/main.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
