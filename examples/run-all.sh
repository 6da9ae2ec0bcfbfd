#!/usr/bin/env bash
# Run every example and check its outcome (what `npm run examples` does in CI).
# Builds dist/ first (the examples import the package by name) unless ARTICLE_GUARD_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

if [ "${ARTICLE_GUARD_SKIP_BUILD:-}" != 1 ]; then npm run build --silent >/dev/null; fi
export ARTICLE_GUARD="node $root/dist/cli/main.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# expect <exit code> <text the output must contain> <command...>
expect() {
  local want="$1" needle="$2"
  shift 2
  local out status=0
  out="$("$@" 2>&1)" || status=$?
  if [ "$status" = "$want" ] && [[ "$out" == *"$needle"* ]]; then
    echo "ok    exit $status  $*"
  else
    echo "FAIL  exit $status (wanted $want, output containing \"$needle\")  $*"
    echo "$out" | sed 's/^/      /' | head -20
    failures=$((failures + 1))
  fi
}

echo "# CLI"
expect 0 'Risk: high' $ARTICLE_GUARD examples/article-with-spam.html --no-text
expect 1 '1 at or above high' $ARTICLE_GUARD check examples/article-with-spam.html
expect 0 '"version": "2.1.0"' $ARTICLE_GUARD check examples/clean-article.html --format sarif
expect 0 'wrote' $ARTICLE_GUARD report examples/article-with-spam.html --html "$work/report.html"

echo "# CMS plugin (unified + article-guard/rehype)"
expect 1 'blocked' npx tsx examples/cms-plugin.ts examples/article-with-spam.html "$work/cms"
expect 0 'published' npx tsx examples/cms-plugin.ts examples/clean-article.html "$work/cms"

echo "# Release gate"
mkdir -p "$work/site/content"
cp examples/clean-article.html "$work/site/content/"
expect 0 'release gate: PASS' bash -c "cd '$work/site' && '$root/examples/release-gate.sh' content/"
cp examples/article-with-spam.html "$work/site/content/"
expect 1 'release gate: FAIL' bash -c "cd '$work/site' && '$root/examples/release-gate.sh' content/"

echo "# Corpus report"
corpus="../shared/corpora/aeb"
[ -d "$corpus" ] || corpus="examples"
expect 0 'wrote' npx tsx examples/corpus-report.ts "$corpus" "$work/corpus"
for file in pages.csv scores.svg; do
  if [ -s "$work/corpus/$file" ]; then echo "ok    $file written"; else echo "FAIL  $file missing"; failures=$((failures + 1)); fi
done

if [ "$failures" -gt 0 ]; then
  echo "$failures example check(s) failed"
  exit 1
fi
echo "all examples behaved as expected"
