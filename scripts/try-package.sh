#!/usr/bin/env bash
# bulletin as a user gets it: npm pack, installed from the tarball into an empty folder, then
# `bulletin init --ci`, the workflow's own commands (npm ci, bulletin build), check, verify's
# message without its optional package, and the library API by name. Prints the install size.
# Run by .ci/run after the test suite (it needs the registry and a minute); needs dist/ built.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -n 1)"
echo "try-package: $tarball, $(du -h "$work/$tarball" | cut -f1)"
mkdir "$work/repo"
cd "$work/repo"
npm init -y >/dev/null
npm install --save-dev --no-fund --no-audit "$work/$tarball" >/dev/null
echo "try-package: plain install, node_modules: $(du -sh node_modules | cut -f1) (pdfjs-dist: $([ -d node_modules/pdfjs-dist ] && echo present || echo absent))"
[ ! -d node_modules/pdfjs-dist ] || { echo "try-package: pdfjs-dist should not be in a plain install" >&2; exit 1; }
npx bulletin init . --ci
# The workflow's run: lines, in order, as GitHub would run them.
grep -E '^ +- run: ' .github/workflows/bulletins.yml | sed -E 's/^ +- run: //' | while IFS= read -r line; do
  echo "try-package: \$ $line"
  bash -c "$line"
done
npx bulletin check .
npx bulletin init .
npx bulletin build issue-2.yaml -o - > from-stdout.pdf
head -c 5 from-stdout.pdf | grep -q '%PDF-'
# The repository's issue 14: its long title is broken by meaning, which reads the dictionaries.
cp -r "$root/issues" sample
npx bulletin build sample/issue-14.yaml -o sample-14.pdf
head -c 5 sample-14.pdf | grep -q '%PDF-'
if npx bulletin verify issue-1.pdf 2> verify.err; then echo "try-package: verify ran without pdfjs-dist?" >&2; exit 1; fi
grep -q 'npm install pdfjs-dist' verify.err || { cat verify.err >&2; exit 1; }
node --input-type=module -e "
import { build, check } from 'bulletin';
const r = await build('issue-1.yaml');
if (r.pages < 1 || !check('issue-1.yaml').ok) process.exit(1);
console.log('try-package: API build', r.pdf.length, 'bytes,', r.pages, 'pages');
"
echo "try-package: ok"
