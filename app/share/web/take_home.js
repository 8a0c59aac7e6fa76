// The take-home page: the program's glTF model (inline, base64) in a three.js view that turns with
// mouse and touch, names parts on hover or tap, and draws the physician's strokes, arrows and notes.
// Everything is in this one file: no request leaves the page.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("page-data").textContent);
  const view = document.getElementById("view");
  const canvas = document.getElementById("model-canvas");
  const tip = document.getElementById("part-name");
  const notesBox = document.getElementById("notes");

  function bytesOf(b64) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64.trim()).buffer; // native, fast
    const text = atob(b64.trim());
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out.buffer;
  }

  const renderer = new THREE.WebGLRenderer({ canvas: canvas, antialias: true, alpha: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const scene = new THREE.Scene();
  const camera = new THREE.PerspectiveCamera(30, 1, 1, 5000);
  camera.up.set(0, 0, 1); // the model's axes: +z superior (RAS, millimetres)
  scene.add(new THREE.HemisphereLight(0xffffff, 0x8090a0, 1.6));
  const key = new THREE.DirectionalLight(0xfff4e8, 2.2);
  key.position.set(-0.4, 0.3, 1);
  camera.add(key); // lit from the viewer's side whichever way the model turns
  scene.add(camera);
  const controls = new THREE.OrbitControls(camera, canvas);
  controls.enableDamping = true;
  controls.screenSpacePanning = true;

  function resize() {
    const w = view.clientWidth, h = view.clientHeight;
    renderer.setSize(w, h, false);
    camera.aspect = w / Math.max(h, 1);
    camera.updateProjectionMatrix();
  }
  window.addEventListener("resize", resize);

  function place(model) {
    const box = new THREE.Box3().setFromObject(model);
    const sphere = box.getBoundingSphere(new THREE.Sphere());
    const cam = data.camera;
    const target = new THREE.Vector3().fromArray(cam.target || sphere.center.toArray());
    if (cam.position) {
      camera.position.fromArray(cam.position);
    } else {
      const dir = new THREE.Vector3().fromArray(cam.direction).normalize();
      const fit = sphere.radius / Math.sin(THREE.MathUtils.degToRad(camera.fov / 2));
      camera.position.copy(target).addScaledVector(dir, fit / (cam.zoom || 1));
    }
    camera.up.fromArray(cam.up);
    camera.near = sphere.radius / 50;
    camera.far = sphere.radius * 20;
    camera.updateProjectionMatrix();
    controls.target.copy(target);
    controls.update();
  }

  const partMeshes = [];
  function addMarks() {
    const notes = [];
    for (const mark of data.marks) {
      const colour = new THREE.Color(mark.colour);
      const material = new THREE.MeshLambertMaterial({ color: colour, emissive: colour, emissiveIntensity: 0.35 });
      const pts = mark.points.map((p) => new THREE.Vector3(p[0], p[1], p[2]));
      if (mark.kind === "note") {
        const dot = new THREE.Mesh(new THREE.SphereGeometry(data.strokeRadius * 2.2, 12, 8), material);
        dot.position.copy(pts[0]);
        scene.add(dot);
        const label = document.createElement("div");
        label.textContent = mark.text;
        label.style.color = mark.colour;
        notesBox.appendChild(label);
        notes.push({ at: pts[0], label: label });
        continue;
      }
      const path = new THREE.CurvePath();
      for (let i = 1; i < pts.length; i++) path.add(new THREE.LineCurve3(pts[i - 1], pts[i]));
      const tube = new THREE.TubeGeometry(path, Math.max(8, pts.length * 2), data.strokeRadius, 8, false);
      scene.add(new THREE.Mesh(tube, material));
      if (mark.kind === "arrow") {
        const tipPt = pts[pts.length - 1], back = pts[Math.max(0, pts.length - 4)];
        const dir = tipPt.clone().sub(back).normalize();
        const len = data.strokeRadius * 6;
        const cone = new THREE.Mesh(new THREE.ConeGeometry(data.strokeRadius * 2.2, len, 16), material);
        cone.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), dir);
        cone.position.copy(tipPt).addScaledVector(dir, -len / 2);
        scene.add(cone);
      }
    }
    return notes;
  }

  function placeNotes(notes) {
    const w = view.clientWidth, h = view.clientHeight;
    for (const n of notes) {
      const p = n.at.clone().project(camera);
      n.label.hidden = p.z > 1;
      n.label.style.left = ((p.x + 1) / 2) * w + "px";
      n.label.style.top = ((1 - p.y) / 2) * h + "px";
    }
  }

  const ray = new THREE.Raycaster();
  function nameAt(clientX, clientY) {
    const r = canvas.getBoundingClientRect();
    const ndc = new THREE.Vector2(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1);
    ray.setFromCamera(ndc, camera);
    const hit = ray.intersectObjects(partMeshes, false)[0];
    if (!hit) { tip.hidden = true; return; }
    const part = data.parts[hit.object.userData.partId] || { name: hit.object.userData.partId };
    tip.textContent = part.name;
    tip.title = part.description || "";
    tip.hidden = false;
    tip.style.left = clientX - r.left + 14 + "px";
    tip.style.top = clientY - r.top + 10 + "px";
  }
  let pending = null;
  canvas.addEventListener("pointermove", (e) => {
    if (e.buttons) { tip.hidden = true; return; }
    if (!pending) requestAnimationFrame(() => { nameAt(pending.x, pending.y); pending = null; });
    pending = { x: e.clientX, y: e.clientY };
  });
  let down = null;
  canvas.addEventListener("pointerdown", (e) => { down = { x: e.clientX, y: e.clientY }; });
  canvas.addEventListener("pointerup", (e) => { // a tap (no drag) names the part under the finger
    if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 6) nameAt(e.clientX, e.clientY);
    down = null;
  });
  canvas.addEventListener("pointerleave", () => { tip.hidden = true; });

  resize();
  performance.mark("script");
  const glb = bytesOf(document.getElementById("model-glb").textContent);
  performance.mark("decoded");
  new THREE.GLTFLoader().parse(glb, "", (gltf) => {
    performance.mark("parsed");
    const model = gltf.scene;
    model.traverse((obj) => {
      if (!obj.isMesh) return;
      let node = obj;
      while (node && !data.parts[node.name] && node.parent) node = node.parent;
      obj.userData.partId = node && data.parts[node.name] ? node.name : obj.name;
      obj.material.side = THREE.DoubleSide;
      const opacity = data.opacity[obj.userData.partId];
      if (opacity !== undefined) { // see-through, as the step shows it
        obj.material.transparent = true;
        obj.material.opacity = opacity;
        obj.material.depthWrite = false;
        obj.renderOrder = 1;
      }
      partMeshes.push(obj);
    });
    scene.add(model);
    const notes = addMarks();
    place(model);
    document.getElementById("loading").remove();
    function frame() {
      controls.update();
      renderer.render(scene, camera);
      placeNotes(notes);
      requestAnimationFrame(frame);
    }
    renderer.render(scene, camera);
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.parts = String(partMeshes.length);
    requestAnimationFrame(frame);
  }, (err) => {
    document.getElementById("loading").textContent = data.words.failed + " " + err;
    console.error(err);
  });
})();
