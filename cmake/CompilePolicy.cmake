# One INTERFACE target carries the compile policy; every Atelier target links it.
add_library(atelier_policy INTERFACE)
target_compile_features(atelier_policy INTERFACE cxx_std_20)
target_compile_definitions(atelier_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_STRICT_ITERATORS)
target_compile_options(atelier_policy INTERFACE
    # GCC only: clang rejects -Wshadow=local, and the fuzz build (tools/fuzz) is clang.
    -Wall -Wextra -Wpedantic -Wold-style-cast $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor)
if(ATELIER_WERROR)
    target_compile_options(atelier_policy INTERFACE -Werror)
endif()
if(ATELIER_SANITIZE)
    # A sanitizer report stops the program, so a test cannot pass past one (tools/check-sanitizers).
    target_compile_options(atelier_policy INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(atelier_policy INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
