# hadolint's documented examples for DL3001, DL3010 and DL3059, bad then good.
FROM debian:12

# DL3001
# want DF053 5-8 "top in RUN does nothing useful at build time"
RUN top
RUN apt-get update && apt-get install -y --no-install-recommends vim=2:9.0.1378-2 && rm -rf /var/lib/apt/lists/*

# DL3010
# want DF054 1-25 "COPY of rootfs.tar.xz, which tar extracts on line 12"
COPY rootfs.tar.xz /tmp/
RUN tar -xJf /tmp/rootfs.tar.xz -C /
ADD rootfs.tar.xz /

# DL3059
RUN mkdir -p /opt/app
# want DF055 1-23 "RUN right after the RUN on line 16: join them with && into one layer"
RUN chown app /opt/app
WORKDIR /
RUN mkdir -p /opt/app && chown app /opt/app
CMD ["app"]
