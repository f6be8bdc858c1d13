# hadolint's documented examples for yum, dnf and zypper (DL3030, DL3032, DL3033,
# DL3034, DL3036, DL3037, DL3038, DL3040, DL3041), bad then good.
FROM rockylinux:9

# DL3030
# want DF008 5-29 "yum install without -y"
RUN yum install httpd-2.24.2 && yum clean all
RUN yum install -y httpd-2.24.2 && yum clean all

# DL3032
# want DF013 5-32 "yum install leaves its cache in the layer: run yum clean all"
RUN yum install -y httpd-2.24.2
RUN yum install -y httpd-2.24.2 && yum clean all

# DL3033
# want DF007 5-25 "yum install without a version: httpd; pin as name-version"
RUN yum install -y httpd && yum clean all
RUN yum install -y httpd-2.24.4 && yum clean all

# DL3034
# want DF008 5-32 "zypper install without -n"
RUN zypper install httpd=2.4.46 && zypper clean
RUN zypper install -y httpd=2.4.46 && zypper clean

# DL3036
# want DF013 5-35 "zypper install leaves its cache"
RUN zypper install -y httpd=2.4.46
RUN zypper install -y httpd=2.4.46 && zypper clean

# DL3037
# want DF007 5-28 "zypper install without a version: httpd; pin as name=version"
RUN zypper install -y httpd && zypper clean
RUN zypper install -y httpd=2.4.46 && zypper clean

# DL3038
# want DF008 5-29 "dnf install without -y"
RUN dnf install httpd-2.24.2 && dnf clean all
RUN dnf install -y httpd-2.24.2 && dnf clean all

# DL3040
# want DF013 5-32 "dnf install leaves its cache in the layer: run dnf clean all"
RUN dnf install -y httpd-2.24.2
RUN dnf install -y httpd-2.24.2 && dnf clean all

# DL3041
# want DF007 5-25 "dnf install without a version: httpd"
RUN dnf install -y httpd && dnf clean all
RUN dnf install -y httpd-2.24.2 && dnf clean all
