# Dependencies of the browser build (emcmake; scripts/build-web.sh), under the target
# names the desktop glue gives them. SDL2 is Debian's source compiled by build-web.sh
# (SDL2_DIR points at it); Dear ImGui's Debian source (BACKRUB_IMGUI_SOURCE) is
# compiled here; glm, nlohmann json, tinygltf and stb are Debian's headers.
set(BACKRUB_IMGUI_SOURCE "" CACHE PATH "Debian's imgui source (apt-get source imgui)")
if(NOT EXISTS "${BACKRUB_IMGUI_SOURCE}/imgui.cpp")
  message(FATAL_ERROR "BACKRUB_IMGUI_SOURCE must name the unpacked imgui source package")
endif()

# Emscripten's compiler must not see /usr/include itself (its C library would clash):
# a folder of links to the header-only libraries instead.
set(BACKRUB_WEB_INCLUDE ${CMAKE_CURRENT_BINARY_DIR}/include)
file(MAKE_DIRECTORY ${BACKRUB_WEB_INCLUDE})
file(GLOB stb_headers /usr/include/stb/*.h)
foreach(header IN ITEMS /usr/include/glm /usr/include/nlohmann /usr/include/tiny_gltf.h ${stb_headers})
  if(NOT EXISTS ${header})
    message(FATAL_ERROR "${header} not found: install libglm-dev nlohmann-json3-dev libtinygltf-dev libstb-dev")
  endif()
  get_filename_component(name ${header} NAME)
  file(CREATE_LINK ${header} ${BACKRUB_WEB_INCLUDE}/${name} SYMBOLIC)
endforeach()

foreach(target glm::glm nlohmann_json::nlohmann_json)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${BACKRUB_WEB_INCLUDE}
                                             INTERFACE_SYSTEM_INCLUDE_DIRECTORIES ${BACKRUB_WEB_INCLUDE})
endforeach()

# Debian ships tinygltf's and stb's implementations compiled (libtinygltf.so, libstb.a);
# here they are compiled from the same headers.
add_library(backrub_web_stb STATIC ${CMAKE_CURRENT_SOURCE_DIR}/web/StbImplementation.c)
target_include_directories(backrub_web_stb SYSTEM PUBLIC ${BACKRUB_WEB_INCLUDE})
add_library(backrub_stb ALIAS backrub_web_stb)
add_library(backrub_web_tinygltf STATIC ${CMAKE_CURRENT_SOURCE_DIR}/web/TinyGltfImplementation.cpp)
target_link_libraries(backrub_web_tinygltf PUBLIC backrub_web_stb nlohmann_json::nlohmann_json)
add_library(TinyGLTF::TinyGLTF ALIAS backrub_web_tinygltf)

find_package(SDL2 REQUIRED CONFIG GLOBAL)  # SDL2::SDL2 is its static library

add_library(backrub_imgui STATIC
  ${BACKRUB_IMGUI_SOURCE}/imgui.cpp ${BACKRUB_IMGUI_SOURCE}/imgui_draw.cpp
  ${BACKRUB_IMGUI_SOURCE}/imgui_tables.cpp ${BACKRUB_IMGUI_SOURCE}/imgui_widgets.cpp
  ${BACKRUB_IMGUI_SOURCE}/backends/imgui_impl_sdl.cpp ${BACKRUB_IMGUI_SOURCE}/backends/imgui_impl_opengl3.cpp)
target_include_directories(backrub_imgui SYSTEM PUBLIC ${BACKRUB_IMGUI_SOURCE} ${BACKRUB_IMGUI_SOURCE}/backends)
target_compile_definitions(backrub_imgui PRIVATE IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(backrub_imgui PUBLIC SDL2::SDL2)

add_library(backrub_gl INTERFACE)  # WebGL 2 as OpenGL ES 3.0: emscripten's own headers and library
