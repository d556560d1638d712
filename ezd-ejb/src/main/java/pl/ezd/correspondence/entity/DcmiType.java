package pl.ezd.correspondence.entity;

/** typ: the DCMI Type Vocabulary term of the item (required metadata). */
public enum DcmiType {
    Collection, Dataset, Event, Image, InteractiveResource, MovingImage, PhysicalObject, Service, Software, Sound,
    StillImage, Text
}
