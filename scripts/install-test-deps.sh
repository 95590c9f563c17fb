#!/usr/bin/env bash
# Everything the integration tests need beyond the Python packages:
# Debian packages (headless Chromium, Virtuoso, Apache Jena) and Comunica from npm.
# Idempotent: skips what is already there. Run as root (CI and dev machines are).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

apt_packages=(chromium chromium-driver virtuoso-opensource-7-bin libapache-jena-java fonts-dejavu-core)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_dir="$here/.cache/node"
if [ ! -x "$node_dir/node_modules/.bin/comunica-sparql" ] || ! cmp -s "$here/scripts/node/package.json" "$node_dir/package.json"; then
  echo "installing Comunica into $node_dir"
  rm -rf "$node_dir"
  mkdir -p "$node_dir"
  cp "$here/scripts/node/package.json" "$node_dir/package.json"
  (cd "$node_dir" && npm install --silent --no-audit --no-fund >/dev/null)
fi
echo "test dependencies ready"
