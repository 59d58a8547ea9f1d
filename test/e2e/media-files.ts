import { PNG } from 'pngjs';

/** Width, height and frame count of a GIF (walks its blocks; image descriptors are frames). */
export function gifInfo(bytes: Uint8Array): { width: number; height: number; frames: number } {
  const width = bytes[6]! | (bytes[7]! << 8);
  const height = bytes[8]! | (bytes[9]! << 8);
  let p = 13;
  if (bytes[10]! & 0x80) p += 3 * 2 ** ((bytes[10]! & 7) + 1);
  const skipSubBlocks = () => {
    while (bytes[p]! !== 0) p += bytes[p]! + 1;
    p++;
  };
  let frames = 0;
  while (p < bytes.length) {
    const block = bytes[p++]!;
    if (block === 0x3b) break;
    if (block === 0x21) {
      p++; // label
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames++;
      const flags = bytes[p + 8]!;
      p += 9;
      if (flags & 0x80) p += 3 * 2 ** ((flags & 7) + 1);
      p++; // LZW minimum code size
      skipSubBlocks();
    } else throw new Error(`bad GIF block ${block} at ${p - 1}`);
  }
  return { width, height, frames };
}

/**
 * Pixel size and frame count of a WebM: walks the EBML tree (sizes of all ones, as MediaRecorder
 * may write for a live Segment and Clusters, run to the end of the parent) and counts its blocks
 * (SimpleBlocks, and Blocks in BlockGroups).
 */
export function webmInfo(bytes: Uint8Array): { width: number; height: number; frames: number } {
  const MASTER = new Set([0x18538067, 0x1f43b675, 0x1654ae6b, 0xae, 0xe0, 0xa0]);
  const info = { width: 0, height: 0, frames: 0 };
  const vint = (p: number, keepMarker: boolean) => {
    const first = bytes[p]!;
    let length = 1;
    while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
    let value = keepMarker ? first : first & (0xff >> length);
    let allOnes = value === 0xff >> length;
    for (let k = 1; k < length; k++) {
      value = value * 256 + bytes[p + k]!;
      if (bytes[p + k] !== 0xff) allOnes = false;
    }
    return { value, length, unknown: !keepMarker && allOnes };
  };
  const walk = (start: number, end: number) => {
    let p = start;
    while (p < end) {
      const id = vint(p, true);
      const size = vint(p + id.length, false);
      const body = p + id.length + size.length;
      const stop = size.unknown ? end : Math.min(end, body + size.value);
      if (MASTER.has(id.value)) {
        walk(body, stop);
        if (size.unknown) return;
      } else if (id.value === 0xa3 || id.value === 0xa1)
        info.frames++; // SimpleBlock, Block
      else if (id.value === 0xb0 || id.value === 0xba) {
        let v = 0;
        for (let k = body; k < stop; k++) v = v * 256 + bytes[k]!;
        if (id.value === 0xb0) info.width = v;
        else info.height = v;
      }
      p = stop;
    }
  };
  const header = vint(0, true);
  const headerSize = vint(header.length, false);
  walk(header.length + headerSize.length + headerSize.value, bytes.length);
  return info;
}

/** How many pixels of a PNG's box are near white (the labels' text), in [0, 1]. */
export function whiteShare(
  png: PNG,
  box: { x: number; y: number; width: number; height: number },
): number {
  let white = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, box.y + box.height); y++)
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, box.x + box.width); x++) {
      const i = 4 * (y * png.width + x);
      all++;
      if (png.data[i]! > 200 && png.data[i + 1]! > 200 && png.data[i + 2]! > 200) white++;
    }
  return all ? white / all : 0;
}
