#!/usr/bin/env bash
# Runs every test file. Node 20's runner finds no files on its own, so they are listed here.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src test -name '*.test.ts' -o -name '*.test.tsx' | sort)
if [ "${#files[@]}" -eq 0 ]; then echo "no test files found" >&2; exit 1; fi
[ -n "${TEST_DATABASE_URL:-}" ] || echo "note: TEST_DATABASE_URL is not set: PostgreSQL suites are skipped (set it to run them)."
npm run --silent lint
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
