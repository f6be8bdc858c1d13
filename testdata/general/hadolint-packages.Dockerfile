# hadolint's documented examples for apk, pip, npm, gem and go (DL3018, DL3019,
# DL3013, DL3042, DL3016, DL3028, DL3062), bad then good.
FROM alpine:3.20

# DL3018
# want DF002 5-27 "apk add without a version: foo; pin as name=version"
RUN apk --no-cache add foo
RUN apk --no-cache add foo=~1.23

# DL3019
# want DF011 5-20 "apk add without --no-cache"
RUN apk add foo=1.0
RUN apk add --no-cache foo=1.0

# DL3013 and DL3042
# want DF003 5-23 "pip install without a version: django"
# want DF012 5-23 "pip install without --no-cache-dir"
RUN pip install django
RUN pip install --no-cache-dir django==1.9

# DL3016
# want DF004 5-24 "npm install without a version: express; pin as name@version"
RUN npm install express
RUN npm install express@4.1.1

# DL3028
# want DF005 5-24 "gem install without a version: bundler"
RUN gem install bundler
RUN gem install bundler:2.0.2

# DL3062: hadolint flags `go install example.com/pkg` too, which uses go.mod's version.
# want DF006 5-38 "go install of a floating version: example.com/pkg@latest"
RUN go install example.com/pkg@latest
RUN go install example.com/pkg@v1.2.3
# ferrolint global ignore=DF055 reason="independent examples, one RUN each"
