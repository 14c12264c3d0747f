#!/usr/bin/env bash
# Converts the generated package with LibreOffice: every .docx and .xlsx in the folder must become a PDF.
set -euo pipefail
dir="${1:-out}"
pdf="$dir/pdf"
rm -rf "$pdf"
mkdir -p "$pdf"
shopt -s nullglob
files=("$dir"/*.docx "$dir"/*.xlsx)
if [ "${#files[@]}" -eq 0 ]; then
  echo "没有找到要转换的文件：$dir" >&2
  exit 1
fi
for f in "${files[@]}"; do
  soffice --headless --convert-to pdf --outdir "$pdf" "$f" >/dev/null 2>&1
  out="$pdf/$(basename "${f%.*}").pdf"
  if [ ! -s "$out" ]; then
    echo "LibreOffice 无法转换：$f" >&2
    exit 1
  fi
  echo "converted: $(basename "$f") → $(basename "$out")"
done
