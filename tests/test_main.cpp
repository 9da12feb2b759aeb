// Entry point of the Catch2 test executable; the tests live in unit/ and integration/.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
