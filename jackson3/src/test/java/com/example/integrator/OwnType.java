package com.example.integrator;

/**
 * A type of an integrator's own, outside the CountyChain packages.
 *
 * @param flag a primitive flag
 */
public record OwnType(boolean flag) {
}
