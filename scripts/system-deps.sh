#!/usr/bin/env bash
# Installs what the lab needs from Debian's packages when it is missing:
# docker-registry (distribution 2.8), htpasswd (apache2-utils) for bcrypt
# htpasswd files, openssl for the token issuer's certificate; chromium for
# the browser tests (what a job summary looks like on GitHub's page).
set -euo pipefail
missing=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ "${WITH_SKOPEO:-0}" = 1 ] && ! command -v skopeo >/dev/null 2>&1; then missing+=(skopeo); fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
sudo=''
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
