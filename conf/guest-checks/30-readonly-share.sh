#!/bin/sh
# The host shares this folder read-only: the guest cannot change the host's files.
if touch /checks/.tck-write-test 2>/dev/null; then
    rm -f /checks/.tck-write-test
    echo "the checks folder is writable from the guest"
    exit 1
fi
echo "the checks folder is read-only, as shared"
