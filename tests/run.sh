#!/usr/bin/env bash
# The README's test command: runs every test project of ObiDossier.sln and leaves one TRX per
# project in $OBIDOSSIER_TEST_RESULTS (default: ./TestResults). Exit code is dotnet test's.
set -uo pipefail
cd "$(dirname "$0")/.."

results="${OBIDOSSIER_TEST_RESULTS:-$PWD/TestResults}"
mkdir -p "$results"
# The UI tests keep their screenshots under $OBIDOSSIER_TEST_RESULTS/screenshots.
export OBIDOSSIER_TEST_RESULTS="$results"

# The browser tests drive Debian's Chromium (never `playwright install`: it downloads a browser).
if [ ! -x /usr/bin/chromium ] && [ -z "${OBIDOSSIER_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get install -y -qq chromium >/dev/null; fi
fi

dotnet build ObiDossier.sln -c Release --nologo -clp:ErrorsOnly || exit $?
dotnet test ObiDossier.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
