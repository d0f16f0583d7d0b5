/** A phone-sized photo for the bench: smooth colour with grain, a JPEG of a few MB like a camera's. */
import sharp from 'sharp';

export async function writePhoneJpeg(file, width, height) {
  const grain = await sharp({ create: { width, height, channels: 3, background: { r: 150, g: 110, b: 90 }, noise: { type: 'gaussian', mean: 120, sigma: 18 } } }).raw().toBuffer();
  await sharp(grain, { raw: { width, height, channels: 3 } }).blur(1.2).jpeg({ quality: 92 }).toFile(file);
}
