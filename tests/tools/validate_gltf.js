// Runs the Khronos glTF Validator (npm package gltf-validator) on GLB/glTF files.
// Usage: node validate_gltf.js FILE... ; exit 1 if any file has an error or a warning.
'use strict';
const fs = require('fs');
const validator = require('gltf-validator');

async function main() {
    let failed = false;
    for (const file of process.argv.slice(2)) {
        const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {maxIssues: 200});
        const i = report.issues;
        console.log(`${file}: ${i.numErrors} errors, ${i.numWarnings} warnings, ${i.numInfos} infos, ${i.numHints} hints`);
        for (const m of i.messages) {
            if (m.severity <= 1) console.log(`  [${m.severity === 0 ? 'error' : 'warning'}] ${m.code} ${m.pointer || ''}: ${m.message}`);
        }
        if (i.numErrors > 0 || i.numWarnings > 0) failed = true;
    }
    process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
