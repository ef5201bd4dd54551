/* stb_image and stb_image_write for the browser build (Debian's libstb.a on the desktop). */
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
