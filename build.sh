#!/usr/bin/env bash
# Runs the Frosting build host: ./build.sh --target=PullRequest (default target: the local rehearsal).
# The host is rebuilt only when its sources changed, so a warm start costs one `dotnet` process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
host="$root/artifacts/build-host"
dll="$host/Build.dll"
# bin/ and obj/ are outputs: BuildTests compiles the build's projects there too (Release, as here), reusing this compile.
if [ ! -f "$dll" ] || [ -n "$(find build global.json Directory.Build.props Directory.Packages.props \( -name bin -o -name obj \) -prune \
      -o -newer "$dll" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) -print -quit)" ]; then
  # Build beside the old host and swap folders, so a run still using the old one is not disturbed.
  mkdir -p "$root/artifacts"
  fresh="$(mktemp -d "$root/artifacts/.build-host.XXXXXX")"
  dotnet build build/Build/Build.csproj --nologo -v quiet -clp:ErrorsOnly -c Release -o "$fresh" >&2
  touch "$fresh/Build.dll"
  stale="$host.old.$$"
  [ -d "$host" ] && mv "$host" "$stale"
  mv "$fresh" "$host"
  rm -rf "$stale"
fi
exec dotnet "$dll" "$@"
