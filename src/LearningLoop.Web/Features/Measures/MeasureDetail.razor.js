// PNG download of the server-rendered SVG chart. .NET has no rasteriser without extra native packages, and every
// browser has one: the SVG is drawn onto a canvas at twice its size and saved. Loaded on demand by the PNG button
// (docs/decisions/0004-measures-choices.md).
export async function download(button) {
    const response = await fetch(button.dataset.svgUrl, { credentials: 'same-origin' });
    if (!response.ok) return;
    const svg = await response.text();
    const size = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    const width = Number(size.getAttribute('width')) || 880;
    const height = Number(size.getAttribute('height')) || 440;
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = button.dataset.fileName || 'chart.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
