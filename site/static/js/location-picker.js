// The activity form's map for picking where an activity meets. Progressive
// enhancement: without this file the map stays hidden and the typed latitude and
// longitude are the way (they always work). A click on the map, or the arrow keys
// while it has focus, moves the marker and fills in the two fields; typing in the
// fields moves the marker; "Use the postcode's centre" fills them from the
// districts the site knows. Tab moves on as usual: the map never holds focus.
(function () {
    "use strict";
    var picker = document.querySelector("[data-location-picker]");
    var latitude = document.getElementById("id_latitude");
    var longitude = document.getElementById("id_longitude");
    if (!picker || !latitude || !longitude) return;
    var postcode = document.getElementById("id_postcode");
    var map = picker.querySelector(".location-picker__map");
    var svg = map.querySelector("svg");
    var marker = picker.querySelector(".location-picker__marker");
    var status = picker.querySelector(".location-picker__status");
    var data = picker.dataset;
    var plot = {
        north: parseFloat(data.north), south: parseFloat(data.south),
        west: parseFloat(data.west), east: parseFloat(data.east),
        squeeze: parseFloat(data.squeeze), scale: parseFloat(data.scale)
    };
    var districts = {};
    try { districts = JSON.parse(data.districts || "{}"); } catch (error) { districts = {}; }
    // Where the arrow keys start when no point is given yet: the middle of England.
    var START = [52.6, -1.5];
    var POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?$/;

    function say(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (whole, name) {
            return values[name] === undefined ? whole : values[name];
        });
    }
    function clamp(value, low, high) { return Math.min(high, Math.max(low, value)); }
    function current() {
        var lat = parseFloat(latitude.value);
        var lon = parseFloat(longitude.value);
        if (isNaN(lat) || isNaN(lon)) return null;
        if (lat < plot.south || lat > plot.north || lon < plot.west || lon > plot.east) return null;
        return [lat, lon];
    }
    function show() {
        var point = current();
        if (!point) {
            marker.setAttribute("visibility", "hidden");
            return;
        }
        var x = (point[1] - plot.west) * plot.squeeze * plot.scale;
        var y = (plot.north - point[0]) * plot.scale;
        marker.setAttribute("transform", "translate(" + x.toFixed(1) + " " + y.toFixed(1) + ")");
        marker.setAttribute("visibility", "visible");
    }
    function set(lat, lon, message) {
        lat = clamp(lat, plot.south, plot.north).toFixed(5);
        lon = clamp(lon, plot.west, plot.east).toFixed(5);
        latitude.value = lat;
        longitude.value = lon;
        show();
        status.textContent = say(message || data.said, {latitude: lat, longitude: lon});
    }

    map.addEventListener("click", function (event) {
        var matrix = svg.getScreenCTM();
        if (!matrix) return;
        var point = svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var spot = point.matrixTransform(matrix.inverse());
        set(plot.north - spot.y / plot.scale, spot.x / (plot.squeeze * plot.scale) + plot.west);
    });

    map.addEventListener("keydown", function (event) {
        var steps = {ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
        var step = steps[event.key];
        if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        var size = event.shiftKey ? 0.1 : 0.01;
        var point = current() || START;
        // A degree of longitude is shorter than one of latitude: keep steps even.
        set(point[0] + step[0] * size, point[1] + step[1] * size / plot.squeeze);
    });

    [latitude, longitude].forEach(function (field) {
        field.addEventListener("input", show);
    });

    picker.querySelector("[data-postcode-centre]").addEventListener("click", function () {
        var typed = postcode ? postcode.value.trim().toUpperCase() : "";
        var match = POSTCODE.exec(typed);
        if (!match) {
            status.textContent = data.noPostcodeSaid;
            if (postcode) postcode.focus();
            return;
        }
        var district = match[1];
        var centre = districts[district];
        if (!centre) {
            status.textContent = say(data.unknownSaid, {district: district});
            return;
        }
        set(centre[0], centre[1], say(data.centreSaid, {district: district}));
    });

    picker.hidden = false;
    show();
})();
