#!/usr/bin/env bash
# CodeBuild install phase: the .NET SDK that global.json pins, the Terraform version the buildspec names, and
# cfn-lint; every download is verified before it runs.
set -euo pipefail
HASHICORP_FINGERPRINT="C874011F0AB405110D02105534365D9472D7468F"
CFN_LINT_VERSION="${CFN_LINT_VERSION:-1.51.0}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sdk="$(sed -n 's/.*"version": *"\([0-9][0-9.]*[0-9]\)".*/\1/p' global.json | head -n 1)"
if ! dotnet --list-sdks 2>/dev/null | grep -q "^${sdk%??}"; then
  # The release metadata Microsoft publishes names each file's SHA-512; install only a tarball that matches it.
  channel="$(cut -d. -f1,2 <<< "$sdk")"
  curl -fsSL "https://builds.dotnet.microsoft.com/dotnet/release-metadata/${channel}/releases.json" -o "$work/releases.json"
  read -r url hash < <(jq -r --arg prefix "${sdk%??}" '[.releases[].sdks[]? | select(.version | startswith($prefix))] | sort_by(.version) | last
    | .files[] | select(.rid == "linux-x64" and (.name | endswith(".tar.gz"))) | "\(.url) \(.hash)"' "$work/releases.json")
  curl -fsSL "$url" -o "$work/dotnet.tar.gz"
  echo "$hash  $work/dotnet.tar.gz" | sha512sum -c -
  mkdir -p "$HOME/.dotnet" && tar -xzf "$work/dotnet.tar.gz" -C "$HOME/.dotnet"
  ln -sf "$HOME/.dotnet/dotnet" /usr/local/bin/dotnet
fi

if ! terraform version 2>/dev/null | grep -q "v${TERRAFORM_VERSION}"; then
  # HashiCorp signs SHA256SUMS; accept the key only with the fingerprint HashiCorp publishes, then check the zip.
  base="https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}"
  curl -fsSL "https://www.hashicorp.com/.well-known/pgp-key.txt" -o "$work/hashicorp.asc"
  export GNUPGHOME="$work/gnupg" && mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --import "$work/hashicorp.asc"
  gpg --batch --with-colons --fingerprint | grep -q "^fpr:::::::::${HASHICORP_FINGERPRINT}:" || { echo "HashiCorp key fingerprint mismatch" >&2; exit 1; }
  curl -fsSL "$base/terraform_${TERRAFORM_VERSION}_SHA256SUMS" -o "$work/SHA256SUMS"
  curl -fsSL "$base/terraform_${TERRAFORM_VERSION}_SHA256SUMS.sig" -o "$work/SHA256SUMS.sig"
  gpg --batch --verify "$work/SHA256SUMS.sig" "$work/SHA256SUMS"
  curl -fsSL "$base/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" -o "$work/terraform_${TERRAFORM_VERSION}_linux_amd64.zip"
  (cd "$work" && grep "_linux_amd64.zip$" SHA256SUMS | sha256sum -c -)
  unzip -o -q "$work/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" -d /usr/local/bin
fi

if ! cfn-lint --version 2>/dev/null | grep -q "$CFN_LINT_VERSION"; then
  # pip checks every file against the hashes PyPI serves for the pinned version.
  pip3 install --quiet --disable-pip-version-check "cfn-lint==${CFN_LINT_VERSION}"
fi

dotnet --version
terraform version | head -n 1
cfn-lint --version
