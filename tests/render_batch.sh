#!/usr/bin/env bash
# Print every docs/*.html of a blind batch (the folder given; every batch calls it from its render.sh)
# to PDF with Chromium, LibreOffice and WeasyPrint, each producer call under `timeout`; a page a producer
# cannot print is named on stderr and the others are still printed (the eval scores its facts as missed).
# Chromium and LibreOffice are Debian's packages (chromium, libreoffice-writer-nogui,
# fonts-noto-core, fonts-dejavu-core); WeasyPrint is a pip package kept out of the
# project's venv (python3 -m venv /tmp/wp && /tmp/wp/bin/pip install weasyprint),
# found as $WEASYPRINT, else /tmp/wp/bin/weasyprint, else on the PATH.
set -euo pipefail
cd "${1:?usage: render_batch.sh BATCH_FOLDER}"
mkdir -p pdf-chromium pdf-libreoffice pdf-weasyprint
profile=$(mktemp -d)
for page in docs/*.html; do
  id=$(basename "$page" .html)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="pdf-chromium/$id.pdf" "file://$PWD/$page" 2>/dev/null || echo "chromium could not print $id" >&2
done
timeout 900 soffice --headless -env:UserInstallation="file://$profile/lo" --convert-to pdf:writer_web_pdf_Export \
  --outdir pdf-libreoffice docs/*.html >/dev/null 2>&1
rm -rf "$profile"
weasy=${WEASYPRINT:-}
if [ -z "$weasy" ]; then
  if [ -x /tmp/wp/bin/weasyprint ]; then weasy=/tmp/wp/bin/weasyprint; else weasy=weasyprint; fi
fi
for page in docs/*.html; do
  id=$(basename "$page" .html)
  timeout 300 "$weasy" --quiet "$page" "pdf-weasyprint/$id.pdf" || echo "weasyprint could not print $id" >&2
done
