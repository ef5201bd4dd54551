// Compares our verdicts with the Khronos glTF Validator (npm package gltf-validator).
// Usage: node compare_with_khronos.js MANIFEST.json
// The manifest lists {file, validator, loader}: whether our strict validator calls the
// file valid glTF, and whether the loader accepts it (what `backrub validate` said
// before the strict validator). Exit 1 when a file with Khronos errors is called valid.
'use strict';
const fs = require('fs');
const path = require('path');
const validator = require('gltf-validator');

async function main() {
    const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
    let khronosInvalid = 0, weReject = 0, loaderRejects = 0, crashed = 0;
    const missed = [];
    for (const entry of manifest) {
        let report;
        try {
            report = await validator.validateBytes(new Uint8Array(fs.readFileSync(entry.file)), {maxIssues: 100000});
        } catch (e) {
            // The validator itself fails on a few malformed inputs: no verdict to compare with.
            ++crashed;
            continue;
        }
        // numErrors counts every error; the message list stops at maxIssues.
        const errors = report.issues.messages.filter((m) => m.severity === 0);
        if (report.issues.numErrors === 0) {
            if (!entry.validator) console.log(`note: ${path.basename(entry.file)}: Khronos finds no error, we do`);
            continue;
        }
        ++khronosInvalid;
        if (!entry.validator) ++weReject;
        if (!entry.loader) ++loaderRejects;
        if (entry.validator) missed.push(`${path.basename(entry.file)}: ${errors.map((m) => `${m.code} ${m.pointer || ''}`).join('; ')}`);
    }
    console.log(`${manifest.length} files; the Khronos validator reports errors for ${khronosInvalid}` +
                (crashed ? ` and fails on ${crashed}.` : '.'));
    console.log(`Of those, our validator rejects ${weReject}; the loader alone (the former verdict) rejects ${loaderRejects}.`);
    for (const m of missed) console.log(`called valid but Khronos reports errors: ${m}`);
    process.exit(missed.length ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
