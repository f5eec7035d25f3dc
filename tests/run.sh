#!/usr/bin/env bash
# The README's test command: runs every test project of ObiDossier.sln and leaves one TRX per
# project in $OBIDOSSIER_TEST_RESULTS (default: ./TestResults). Exit code is dotnet test's.
set -uo pipefail
cd "$(dirname "$0")/.."

results="${OBIDOSSIER_TEST_RESULTS:-$PWD/TestResults}"
mkdir -p "$results"

dotnet build ObiDossier.sln -c Release --nologo -clp:ErrorsOnly || exit $?
dotnet test ObiDossier.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results"
