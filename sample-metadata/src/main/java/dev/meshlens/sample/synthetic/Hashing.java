package dev.meshlens.sample.synthetic;

import java.util.SplittableRandom;

/**
 * Deterministic randomness addressed by position: every decision about the n-th element of a kind
 * (salt) comes from its own generator seeded by (seed, salt, n), so any element can be recomputed
 * alone and in any order, without the state of the elements before it.
 */
final class Hashing {
  private Hashing() {}

  /** A well-mixed 64-bit value of the three inputs (the SplitMix64 finaliser). */
  static long mix(long seed, long salt, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static SplittableRandom random(long seed, long salt, long index) {
    return new SplittableRandom(mix(seed, salt, index));
  }

  /** A value in {@code [0, bound)} from the mixed inputs. */
  static int pick(long seed, long salt, long index, int bound) {
    return (int) Long.remainderUnsigned(mix(seed, salt, index), bound);
  }

  /**
   * A permutation of {@code [0, size)} of the form {@code (a * k + b) mod size} with {@code a}
   * coprime to {@code size}: distinct inputs give distinct outputs, so ordinals map to distinct
   * word combinations that do not look sequential.
   */
  record Permutation(int size, int multiplier, int offset) {
    static Permutation of(int size, long key) {
      SplittableRandom random = new SplittableRandom(key);
      int multiplier = size <= 2 ? 1 : 1 + random.nextInt(size - 1);
      while (gcd(multiplier, size) != 1) {
        multiplier = multiplier % (size - 1) + 1;
      }
      return new Permutation(size, multiplier, random.nextInt(size));
    }

    int apply(int k) {
      return (int) (((long) multiplier * Math.floorMod(k, size) + offset) % size);
    }

    private static int gcd(int a, int b) {
      return b == 0 ? a : gcd(b, a % b);
    }
  }
}
