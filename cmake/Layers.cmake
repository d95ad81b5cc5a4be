# The layers of src/ as the compiler sees them: each target may include only the folders it may use,
# so a wrong-way #include ("storage/…" in a page, "services/…" in storage) fails to compile.
#
# Every folder of src/ gets an include root in the build tree that holds just that folder (a symbolic
# link), and a target adds the roots of the layers it may see. ../shared/tools/check-house greps
# for the same arrows as a second guard.
function(atelier_layer_roots out)
    set(roots)
    foreach(folder IN LISTS ARGN)
        set(root ${PROJECT_BINARY_DIR}/layers/${folder})
        if(NOT EXISTS ${root}/${folder})
            file(MAKE_DIRECTORY ${root})
            file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${folder} ${root}/${folder} SYMBOLIC)
        endif()
        list(APPEND roots ${root})
    endforeach()
    set(${out} ${roots} PARENT_SCOPE)
endfunction()
