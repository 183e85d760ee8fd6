#!/usr/bin/env bash
# Prints this batch as its writers printed it: the renderer all blind batches share, on this folder.
exec bash "$(dirname "$0")/../render_batch.sh" "$(dirname "$0")"
