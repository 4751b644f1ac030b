#!/usr/bin/env bash
# Installs the system libraries MILPKit links against (GLPK, LAPACKE, SQLite, zlib), glpsol, which
# the benchmarks compare against, and python3, which runs Examples/ in the tests, when any of them
# is missing. Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(libglpk-dev liblapacke-dev libsqlite3-dev zlib1g-dev glpk-utils python3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "error: missing ${missing[*]}, and this system has no apt-get; install the GLPK, LAPACKE, SQLite and zlib development files by hand" >&2
    exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing ${missing[*]} ..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
