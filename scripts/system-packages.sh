#!/usr/bin/env bash
# Install the Debian packages ExBench uses beside Python, where this machine lets us.
#   scripts/system-packages.sh ocr    Tesseract with Persian, Turkish and English data (OCR of scans)
#   scripts/system-packages.sh test   what the tests drive: Chromium, LibreOffice Calc, fonts
# Without root or apt it prints what to install and exits 0: the pipeline still
# runs, and scans are quarantined with a reason that says how to add OCR.
set -uo pipefail

ocr_packages=(tesseract-ocr tesseract-ocr-fas tesseract-ocr-tur tesseract-ocr-eng)
test_packages=(chromium libreoffice-calc-nogui fonts-noto-core fonts-dejavu-core)

case "${1:-ocr}" in
  ocr) wanted=("${ocr_packages[@]}") ;;
  test) wanted=("${ocr_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 [ocr|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "exbench: not installed: ${missing[*]}" >&2
  echo "exbench: install them with: sudo apt-get install ${missing[*]}  (scans are quarantined until then)" >&2
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/exbench-apt.log 2>&1; then
  apt-get update -q >>/tmp/exbench-apt.log 2>&1
  apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/exbench-apt.log 2>&1 \
    || { echo "exbench: apt-get could not install ${missing[*]} (see /tmp/exbench-apt.log)" >&2; exit 0; }
fi
echo "exbench: installed ${missing[*]}" >&2
