#!/usr/bin/env bash
# Runs the Frosting build host: ./build.sh --target=PullRequest (default target: the local rehearsal).
# The host is rebuilt only when its sources changed, so a warm start costs one `dotnet` process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
host="$root/artifacts/build-host"
dll="$host/Build.dll"
if [ ! -f "$dll" ] || [ -n "$(find build global.json Directory.Build.props Directory.Packages.props -newer "$dll" \
      -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) -print -quit)" ]; then
  dotnet build build/Build/Build.csproj --nologo -v quiet -clp:ErrorsOnly -c Release -o "$host" >&2
  touch "$dll"
fi
exec dotnet "$dll" "$@"
