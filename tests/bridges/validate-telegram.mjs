// Checks every Telegram Bot API request a bridge sent against the published OpenAPI spec's request schema.
// Usage: node validate-telegram.mjs SPEC.json REQUESTS.jsonl
//   REQUESTS.jsonl: one {"method": "sendMessage", "body": {...}} per line (as the fake Bot API recorded them).
// Stricter than the spec in one way: a field the spec does not list for the method is an error (a misspelt
// field would otherwise be ignored by Telegram, silently). Exit 0 when every request is valid, 1 otherwise.
import { readFileSync } from 'node:fs';

const Ajv = await import('ajv').then((m) => m.default).catch(() => {
    console.error('ajv is missing: run `npm ci --no-audit --no-fund` in tests/ (scripts/test does)');
    process.exit(1);
});

const [specPath, requestsPath] = process.argv.slice(2);
if (!specPath || !requestsPath) {
    console.error('usage: node validate-telegram.mjs SPEC.json REQUESTS.jsonl');
    process.exit(2);
}

let spec;
try {
    spec = JSON.parse(readFileSync(specPath, 'utf8'));
} catch (e) {
    console.error(`cannot read the Telegram spec ${specPath} (is ../shared missing?): ${e.message}`);
    process.exit(1);
}
let lines = [];
try {
    lines = readFileSync(requestsPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
} catch (e) {
    console.error(`cannot read the recorded requests: ${e.message}`);
}
if (lines.length === 0) {
    console.error(`${requestsPath} holds no requests: the bridge test did not run or recorded nothing`);
    process.exit(1);
}

// OpenAPI 3.0 schemas carry keywords JSON Schema does not know (example, externalDocs): not strict about those.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(spec, 'telegram.json'); // the spec's own "#/components/schemas/..." references resolve inside it

const validators = new Map();
function validatorFor(method) {
    if (!validators.has(method)) {
        const schema = spec.paths?.[`/${method}`]?.post?.requestBody?.content?.['application/json']?.schema;
        if (!schema) {
            validators.set(method, null);
        } else {
            const pointer = `telegram.json#/paths/~1${method}/post/requestBody/content/application~1json/schema`;
            validators.set(method, ajv.compile({
                allOf: [{ $ref: pointer }],
                propertyNames: { enum: Object.keys(schema.properties ?? {}) },
            }));
        }
    }
    return validators.get(method);
}

// Inline keyboards (the owner's Send / Edit / Skip): the spec limits callback_data to 1-64 bytes only in prose, and
// its button schema allows any extra field; both are checked here, as Telegram refuses such a message.
const buttonFields = Object.keys(spec.components?.schemas?.InlineKeyboardButton?.properties ?? {});
function keyboardErrors(body) {
    const rows = body?.reply_markup?.inline_keyboard;
    if (!Array.isArray(rows))
        return [];
    const errors = [];
    rows.forEach((row, r) => (Array.isArray(row) ? row : []).forEach((button, b) => {
        const where = `reply_markup/inline_keyboard/${r}/${b}`;
        for (const field of Object.keys(button ?? {}))
            if (!buttonFields.includes(field))
                errors.push(`${where} has a field the spec does not know: ${field}`);
        if (typeof button?.callback_data === 'string') {
            const bytes = Buffer.byteLength(button.callback_data, 'utf8');
            if (bytes < 1 || bytes > 64)
                errors.push(`${where}/callback_data is ${bytes} bytes (1-64 allowed)`);
        }
    }));
    return errors;
}

let failures = 0;
const counts = {};
for (const [index, line] of lines.entries()) {
    const { method, body } = JSON.parse(line);
    const validate = validatorFor(method);
    counts[method] = (counts[method] ?? 0) + 1;
    if (!validate) {
        console.error(`line ${index + 1}: the spec has no JSON request for method "${method}"`);
        ++failures;
    } else if (!validate(body)) {
        console.error(`line ${index + 1}: ${method} ${JSON.stringify(body)}\n  ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
        ++failures;
    } else if (keyboardErrors(body).length > 0) {
        console.error(`line ${index + 1}: ${method} ${JSON.stringify(body)}\n  ${keyboardErrors(body).join('\n  ')}`);
        ++failures;
    }
}
console.log(`${lines.length} requests checked (${Object.entries(counts).map(([m, n]) => `${m}: ${n}`).join(', ')}), ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
