# Finds Google's libphonenumber. Debian ships neither a CMake config nor a pkg-config file for it.
# Defines the imported target PhoneNumber::PhoneNumber (shared library: the static one does not link).
find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
find_package(Protobuf QUIET)
find_package(absl CONFIG QUIET)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR Protobuf_FOUND absl_FOUND)
if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "protobuf::libprotobuf;absl::node_hash_map;absl::node_hash_set;absl::hash")
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY)
