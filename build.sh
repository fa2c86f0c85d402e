#!/usr/bin/env bash
# Runs the Frosting build host: ./build.sh --target=PullRequest (default target: the local rehearsal).
# The host is rebuilt only when its sources changed, so a warm start costs one `dotnet` process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
host="$root/artifacts/build-host"
dll="$host/Build.dll"
# bin/ and obj/ are outputs. The host compiles into the projects' own bin/ (no -o: another output folder is another
# set of global properties and makes BuildTests compile Build and Pipeline a second time), then is copied out.
if [ ! -f "$dll" ] || [ -n "$(find build global.json Directory.Build.props Directory.Packages.props \( -name bin -o -name obj \) -prune \
      -o -newer "$dll" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' \) -print -quit)" ]; then
  # Build beside the old host and swap folders, so a run still using the old one is not disturbed.
  mkdir -p "$root/artifacts"
  fresh="$(mktemp -d "$root/artifacts/.build-host.XXXXXX")"
  dotnet build build/Build/Build.csproj --nologo -v quiet -clp:ErrorsOnly -c Release >&2
  out="$(dotnet msbuild build/Build/Build.csproj -nologo -getProperty:TargetDir -p:Configuration=Release)"
  cp -a "$out." "$fresh/"
  touch "$fresh/Build.dll"
  stale="$host.old.$$"
  [ -d "$host" ] && mv "$host" "$stale"
  mv "$fresh" "$host"
  rm -rf "$stale"
fi
exec dotnet "$dll" "$@"
