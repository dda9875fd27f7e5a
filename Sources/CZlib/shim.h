// zlib, for gzip-compressing the static files once at start (Debian: zlib1g-dev; Vapor's HTTP compression
// in swift-nio-extras links the same library).
#include <zlib.h>
