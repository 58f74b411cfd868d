package dev.meshlens.sample.synthetic;

import java.util.SplittableRandom;

/**
 * Where each dataset sits in the mesh, computed from its index alone. Datasets are numbered {@code
 * 0..n-1} and cut into blocks of {@value #BLOCK} consecutive datasets; each block is cut into
 * products of {@value #MIN_PRODUCT} to {@value #MAX_PRODUCT} datasets (a random partition seeded by
 * the block), and each domain owns a contiguous range of blocks. So about one product per 50
 * datasets and one domain per 5,000, and any dataset's product and domain are found without state.
 */
final class MeshLayout {
  static final int BLOCK = 250;
  static final int MIN_PRODUCT = 20;
  static final int MAX_PRODUCT = 80;

  /** More than the products one block can hold ({@code BLOCK / MIN_PRODUCT}). */
  private static final int PRODUCTS_PER_BLOCK = 16;

  private static final long SALT_BLOCK = 1;

  private final long seed;
  private final int datasets;
  private final int blocks;
  private final int domains;
  private final int hubs;
  private final int people;

  MeshLayout(SyntheticMeshConfig config) {
    this.seed = config.seed();
    this.datasets = config.datasets();
    this.blocks = (datasets + BLOCK - 1) / BLOCK;
    this.domains = Math.max(3, datasets / 5_000);
    this.hubs = Math.min(datasets, Math.clamp(datasets / 100_000, 3, 50));
    this.people = Math.max(10, datasets / 1_000);
  }

  int datasets() {
    return datasets;
  }

  int domains() {
    return domains;
  }

  /** The first {@code hubs()} datasets are the hubs: shared tables that very many jobs read. */
  int hubs() {
    return hubs;
  }

  int people() {
    return people;
  }

  /** Where dataset {@code index} sits. */
  DatasetSlot slot(int index) {
    int block = index / BLOCK;
    int[] sizes = partition(block);
    int start = block * BLOCK;
    int product = 0;
    while (index >= start + sizes[product]) {
      start += sizes[product];
      product++;
    }
    int domain = domainOfBlock(block);
    int ordinal = (block - firstBlockOf(domain)) * PRODUCTS_PER_BLOCK + product;
    return new DatasetSlot(
        index, new ProductSlot(domain, ordinal, start, sizes[product]), index - start);
  }

  private int domainOfBlock(int block) {
    return (int) ((long) block * domains / blocks);
  }

  private int firstBlockOf(int domain) {
    return (int) (((long) domain * blocks + domains - 1) / domains);
  }

  /** The sizes of the products of a block, in order. */
  private int[] partition(int block) {
    int remaining = Math.min(BLOCK, datasets - block * BLOCK);
    int[] sizes = new int[PRODUCTS_PER_BLOCK];
    int count = 0;
    SplittableRandom random = Hashing.random(seed, SALT_BLOCK, block);
    while (remaining > 0) {
      int size = MIN_PRODUCT + random.nextInt(MAX_PRODUCT - MIN_PRODUCT + 1);
      if (remaining - size < MIN_PRODUCT) {
        size = remaining;
      }
      sizes[count++] = size;
      remaining -= size;
    }
    return sizes;
  }

  /**
   * A product's place: its domain, its ordinal within the domain (unique there, not dense), the
   * index of its first dataset and how many datasets it has.
   */
  record ProductSlot(int domain, int ordinal, int start, int size) {
    int last() {
      return start + size - 1;
    }

    /** A key unique over the mesh, for seeding the product's choices. */
    long key() {
      return (long) domain << 32 | ordinal;
    }
  }

  /** A dataset's place: its index, its product and its position within the product. */
  record DatasetSlot(int index, ProductSlot product, int table) {}
}
