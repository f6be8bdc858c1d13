# Pointless commands, archives extracted after COPY and consecutive RUNs, judged more
# precisely than hadolint.
FROM debian:12 AS build
# Layers of a builder stage never ship: splitting them keeps the cache fine-grained.
RUN cargo fetch
RUN cargo build --release
# Only the command itself counts, also behind env and inside sh -c.
# want DF053 19-36 "ps in RUN"
RUN echo start && env LANG=C ps aux
# want DF053 12-25 "ifconfig in RUN"
RUN sh -c 'ifconfig eth0'
# A service started for the next commands of the same RUN, a kill of the PID the step
# started, scripted vim and ssh with the agent mounted all do work at build time.
RUN service postgresql start && psql -f /seed.sql
RUN server & pid=$! && ./migrate && kill $pid
RUN vim -es +PlugInstall +qa
RUN --mount=type=ssh ssh -T git@github.com
# want DF053 5-24 "service in RUN"
RUN service nginx start

FROM debian:12 AS base
# The archive is extracted in a stage built FROM this one (hadolint forgets the COPY at
# every FROM).
# want DF054 1-25 "COPY of vendor.tar.gz, which tar extracts on line 33"
COPY vendor.tar.gz /src/
# ADD does not extract a zip, and cannot strip path components.
COPY assets.zip /tmp/
RUN unzip /tmp/assets.zip -d /srv
COPY site.tgz /tmp/
RUN tar -xzf /tmp/site.tgz --strip-components=1 -C /srv

FROM base
RUN tar -xzf /src/vendor.tar.gz -C /src && rm /src/vendor.tar.gz
# Flags, heredocs and chained commands keep RUNs apart.
RUN --mount=type=cache,target=/root/.cache pip install -r /src/requirements.txt
RUN <<EOT
  useradd app
EOT
RUN mkdir /data && chown app /data
RUN chmod 700 /data
# Comments between RUNs do not separate them.
# want DF055 1-22 "RUN right after the RUN on line 40: join them with && into one layer"
RUN touch /data/.keep
COPY --from=build /app /app
CMD ["app"]
