#!/usr/bin/env bash
# A release-pipeline step: refuse to ship when any page under content/ carries medium or high spam.
#
#   examples/release-gate.sh [content-dir]
#
# In a real pipeline the step is just:
#   npx article-guard check content/ --fail-on medium --format text
# (exit 0 passes the gate, 1 fails it, 2 is a broken invocation). Set ARTICLE_GUARD to the command to
# run (default: npx article-guard; the examples runner uses the freshly built `node dist/cli/main.js`).
set -uo pipefail

content="${1:-content/}"
guard="${ARTICLE_GUARD:-npx article-guard}"

echo "release gate: checking ${content}"
$guard check "$content" --fail-on medium --format text
status=$?
case $status in
  0) echo "release gate: PASS" ;;
  1) echo "release gate: FAIL (spam at or above medium; see the blocks above)" ;;
  *) echo "release gate: ERROR (exit $status)" ;;
esac
exit $status
