#!/bin/sh
# The agent's channel is a named virtio-serial port, as the domain XML declares it.
for port in /sys/class/virtio-ports/*; do
    if [ "$(cat "$port/name" 2>/dev/null)" = "org.libvirt.tck.agent.0" ]; then
        echo "found port $(basename "$port") named org.libvirt.tck.agent.0"
        exit 0
    fi
done
echo "no virtio-serial port named org.libvirt.tck.agent.0"
exit 1
